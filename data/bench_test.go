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

// What Load does in the browser, natively too: every rule, no JSON.
func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		if _, err := build(generatedRelease); err != nil {
			b.Fatal(err)
		}
	}
}
