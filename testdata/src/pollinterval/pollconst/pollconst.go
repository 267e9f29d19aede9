// Package pollconst holds a poll interval used by another package.
package pollconst

import "time"

// Every is how often the order page refreshes a payment.
const Every = 1 * time.Second
