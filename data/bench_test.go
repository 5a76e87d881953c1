package data

import "testing"

// Start-up in the browser runs Load once before the first render.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(releaseJSON); err != nil {
			b.Fatal(err)
		}
	}
}
