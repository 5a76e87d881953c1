package view

import (
	"strings"
	"testing"
)

func TestMethodsView(t *testing.T) {
	sc := newScenario(t, "")
	mv := buildMethods(sc.period, sc.s, sc.period.Evaluate(sc.s))
	if len(mv.CoProduct) != 3+4 {
		t.Fatalf("%d co-product rows, want Lucky Friday's 3 and Greens Creek's 4", len(mv.CoProduct))
	}
	if mv.CoProduct[0].Metal != "Silver" || !strings.HasSuffix(mv.CoProduct[0].PerUnit.Text, "per oz") || !strings.HasSuffix(mv.CoProduct[1].PerUnit.Text, "per lb") {
		t.Errorf("rows %+v", mv.CoProduct[:3])
	}
	if len(mv.ByProductOnly) != 1 || mv.ByProductOnly[0] != "La Camorra" {
		t.Errorf("mines with the by-product method only: %v, want La Camorra, whose credit follows the gold price", mv.ByProductOnly)
	}
	if len(mv.Aisc) != 5 || mv.Aisc[2].ByProduct.Text != "$475" {
		t.Errorf("AISC rows %+v", mv.Aisc)
	}
}
