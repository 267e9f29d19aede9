package hooks

import "testing"

func TestFixtures(t *testing.T) {
	r := &Refunds{fixtures: true}
	_ = r
}
