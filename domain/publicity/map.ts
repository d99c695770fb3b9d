/**
 * The disclosure map (pure): sites placed by Web Mercator at the largest zoom that fits them all, so the
 * same picture works bare (an SVG of the district, no tile server needed) or over map tiles when a tile
 * URL is configured (`MAP_TILE_URL`, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png).
 */
export type LatLon = { latitude: number; longitude: number }
export type Tile = { href: string; x: number; y: number; size: number }
export type MapView = { zoom: number; place: (p: LatLon) => { x: number; y: number }; tiles: Tile[] }

const TILE = 256
const MAX_ZOOM = 17

/** World pixel coordinates of a point at a zoom level. */
function mercator(p: LatLon, zoom: number): { x: number; y: number } {
  const size = TILE * 2 ** zoom
  const lat = (Math.max(-85.05, Math.min(85.05, p.latitude)) * Math.PI) / 180
  return {
    x: ((p.longitude + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * size,
  }
}

export function mapView(points: LatLon[], width: number, height: number, margin = 40, tileUrl?: string): MapView {
  const fits = (zoom: number) => {
    const xy = points.map((p) => mercator(p, zoom))
    const w = Math.max(...xy.map((q) => q.x)) - Math.min(...xy.map((q) => q.x))
    const h = Math.max(...xy.map((q) => q.y)) - Math.min(...xy.map((q) => q.y))
    return w <= width - 2 * margin && h <= height - 2 * margin
  }
  let zoom = MAX_ZOOM
  while (zoom > 0 && !fits(zoom)) zoom--
  const xy = points.map((p) => mercator(p, zoom))
  const centre = {
    x: (Math.max(...xy.map((q) => q.x)) + Math.min(...xy.map((q) => q.x))) / 2,
    y: (Math.max(...xy.map((q) => q.y)) + Math.min(...xy.map((q) => q.y))) / 2,
  }
  const origin = { x: centre.x - width / 2, y: centre.y - height / 2 }
  const place = (p: LatLon) => {
    const q = mercator(p, zoom)
    return { x: q.x - origin.x, y: q.y - origin.y }
  }
  const tiles: Tile[] = []
  if (tileUrl) {
    const last = 2 ** zoom - 1
    for (let tx = Math.floor(origin.x / TILE); tx <= Math.floor((origin.x + width) / TILE); tx++)
      for (let ty = Math.floor(origin.y / TILE); ty <= Math.floor((origin.y + height) / TILE); ty++) {
        if (tx < 0 || ty < 0 || tx > last || ty > last) continue
        tiles.push({
          href: tileUrl.replace('{z}', String(zoom)).replace('{x}', String(tx)).replace('{y}', String(ty)),
          x: tx * TILE - origin.x,
          y: ty * TILE - origin.y,
          size: TILE,
        })
      }
  }
  return { zoom, place, tiles }
}
