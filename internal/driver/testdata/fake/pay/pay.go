// Package pay is a fixture: Charge is what the fake analyzer looks for.
package pay

// Charge pretends to charge.
func Charge(amount int) error { return nil }

// ChargeTwice wraps Charge: the fake analyzer exports a fact for it.
func ChargeTwice(amount int) error {
	if err := Charge(amount); err != nil {
		return err
	}
	return Charge(amount)
}
