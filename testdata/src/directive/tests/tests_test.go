package tests

import "testing"

func TestCharge(t *testing.T) {
	//paylint:ignore demo the fake provider dedupes
	charge()
	//paylint:ignore demo nothing to suppress
	_ = t
}
