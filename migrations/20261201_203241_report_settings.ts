import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`report_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`district_name\` text DEFAULT '本区',
  	\`operator_name\` text DEFAULT '洁臣环境科技（深圳）有限公司',
  	\`next_steps\` text DEFAULT '1.细化完善工作方案。出台本区生活垃圾分类工作方案、农村生活垃圾治理工作方案，报区政府同意后下发执行。
  2.高效推进生活垃圾分类工作。城区党政机关实现生活垃圾分类全覆盖；各镇、涉农街道全部开展农村生活垃圾分类和资源化利用工作，推广“两次四分法”，打造分类处理示范村。
  3.多渠道广泛开展垃圾分类宣传引导。编制指导手册、致市民一封信、宣传海报和标语，利用电视、广播、报纸持续宣传，推进分类教育进学校、进教材、进课堂。
  4.建设生活垃圾分类示范教育基地，组织社会公众、广大学生参观，不断普及垃圾分类知识。',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`report_settings\`;`)
}
