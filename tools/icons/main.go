//go:build ignore

// Command icons draws the app's icons: an ingot-like bar chart on the
// theme colour, square, at 192 and 512 px, plus a maskable 512 px one whose
// drawing stays inside the central 80% safe zone. Run from the repository
// root: go run ./tools/icons
package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
)

var (
	navy   = color.RGBA{0x1f, 0x3a, 0x5f, 0xff}
	silver = color.RGBA{0xd9, 0xde, 0xe4, 0xff}
	gold   = color.RGBA{0xe0, 0xb4, 0x3c, 0xff}
)

// draw paints the icon into a size×size square, the drawing scaled into
// the given fraction of it.
func icon(size int, inner float64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	draw.Draw(img, img.Bounds(), &image.Uniform{navy}, image.Point{}, draw.Src)
	unit := float64(size) * inner / 10
	off := float64(size) * (1 - inner) / 2
	rect := func(x0, y0, x1, y1 float64, c color.Color) {
		r := image.Rect(int(off+x0*unit), int(off+y0*unit), int(off+x1*unit), int(off+y1*unit))
		draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src)
	}
	// Three bars rising, the last one gold: costs against price.
	rect(1.5, 6, 3.2, 8.5, silver)
	rect(4.15, 4, 5.85, 8.5, silver)
	rect(6.8, 1.5, 8.5, 8.5, gold)
	return img
}

func write(name string, img image.Image) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	write("web/icon-192.png", icon(192, 1))
	write("web/icon-512.png", icon(512, 1))
	write("web/icon-maskable.png", icon(512, 0.7))
}
