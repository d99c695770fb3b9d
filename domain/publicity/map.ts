/** The disclosure map without a tile server: sites drawn on an SVG of the district from their coordinates (pure). */

/** Projects coordinates into an SVG box (equirectangular, latitude scaled by its cosine), with a margin. */
export function project(
  points: Array<{ latitude: number; longitude: number }>,
  width: number,
  height: number,
  margin = 40,
): (p: { latitude: number; longitude: number }) => { x: number; y: number } {
  const lats = points.map((p) => p.latitude)
  const lons = points.map((p) => p.longitude)
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)]
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxLon - minLon) * k, 1e-6)
  const spanY = Math.max(maxLat - minLat, 1e-6)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  const offX = (width - spanX * scale) / 2
  const offY = (height - spanY * scale) / 2
  return (p) => ({ x: offX + (p.longitude - minLon) * k * scale, y: height - (offY + (p.latitude - minLat) * scale) })
}
