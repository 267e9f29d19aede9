package shop

import (
	"testing"

	"example.com/fake/pay"
)

func TestBuy(t *testing.T) {
	_ = pay.ChargeTwice(1)
}
