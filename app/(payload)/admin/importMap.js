import { Icon as Icon_b01ce0334a2a5be2973c7d55557ce51b } from '../../../app/(payload)/components/Brand'
import { Logo as Logo_b01ce0334a2a5be2973c7d55557ce51b } from '../../../app/(payload)/components/Brand'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/app/(payload)/components/Brand#Icon": Icon_b01ce0334a2a5be2973c7d55557ce51b,
  "/app/(payload)/components/Brand#Logo": Logo_b01ce0334a2a5be2973c7d55557ce51b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
