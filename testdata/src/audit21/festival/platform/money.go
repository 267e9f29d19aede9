package platform

import "fmt"

// Cents is an amount in euro cents.
type Cents int64

// Decimal renders c as "12.50", the form Mollie and PayPal want.
func (c Cents) Decimal() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }
