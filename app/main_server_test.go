//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// One command at a time, and each flag with its command.
func TestCommandFlagsGoWithTheirCommand(t *testing.T) {
	for _, c := range []struct {
		flags string
		name  string // the command chosen, or the error's start
		err   bool
	}{
		{"", "", false},
		{"addr", "", false},
		{"eval", "eval", false},
		{"solve lever target output", "solve", false},
		{"grid x y output", "grid", false},
		{"bridge", "bridge", false},
		{"eval solve", "-eval and -solve: choose one", true},
		{"verify bridge", "-verify and -bridge: choose one", true},
		{"eval lever", "-lever goes with -solve", true},
		{"grid x y output target", "-target goes with -solve", true},
		{"output", "-output goes with -solve or -grid", true},
		{"solve lever target output x", "-x goes with -grid", true},
		{"ranges", "ranges", false},
		{"ranges samples seed", "ranges", false},
		{"samples", "-samples goes with -ranges", true},
		{"eval seed", "-seed goes with -ranges", true},
		{"ranges solve", "-solve and -ranges: choose one", true},
		{"ranges samples output", "-output goes with -solve or -grid", true},
	} {
		t.Run(c.flags, func(t *testing.T) {
			given := map[string]bool{}
			for _, f := range strings.Fields(c.flags) {
				given[f] = true
			}
			var cmd command
			err := cmd.choose(given)
			switch {
			case c.err && (err == nil || err.Error() != c.name):
				t.Errorf("flags %q: %v, want the error %q", c.flags, err, c.name)
			case !c.err && (err != nil || cmd.name != c.name):
				t.Errorf("flags %q: command %q, %v; want %q", c.flags, cmd.name, err, c.name)
			}
		})
	}
}
