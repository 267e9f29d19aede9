// Package shop calls pay's wrapper, which the fake analyzer knows only
// through a fact exported while analyzing package pay.
package shop

import "example.com/fake/pay"

// Buy charges.
func Buy() error {
	return pay.ChargeTwice(100)
}
