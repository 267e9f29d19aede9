// Package release retries the release of card holds (stripe payment
// intents cancelled before capture). Releasing moves no money, but a
// provider that is failing is hit just as hard by a release retried back
// to back as by a charge.
package release

import (
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// --- flagged ---

// voidAbandoned frees a parking deposit up to four times, at once.
func voidAbandoned(holdID string) error {
	var last error
	for try := 1; try <= 4; try++ {
		_, last = paymentintent.Cancel(holdID, &stripe.PaymentIntentCancelParams{}) // want `stripe paymentintent.Cancel is retried by a for loop \(line 19\) with no wait between attempts`
		if last == nil {
			return nil
		}
	}
	return last
}

type desk struct{ intents paymentintent.Client }

// unhold is the desk's one way to release a deposit: callers see its name.
func (d *desk) unhold(id string) error {
	_, err := d.intents.Cancel(id, nil)
	return err
}

// checkout releases the deposit through the wrapper, three times at once.
func (d *desk) checkout(id string) error {
	var err error
	for n := 0; n < 3; n++ {
		if err = d.unhold(id); err == nil { // want `release.desk.unhold \(stripe paymentintent.Cancel\) is retried by a for loop \(line 39\) with no wait between attempts`
			break
		}
	}
	return err
}

// --- silent ---

// voidPaced waits longer before each new release.
func voidPaced(holdID string) error {
	pause := time.Second
	var last error
	for try := 0; try < 4; try++ {
		if _, last = paymentintent.Cancel(holdID, nil); last == nil {
			return nil
		}
		time.Sleep(pause)
		pause *= 2
	}
	return last
}

// voidOnce releases once and reports the failure.
func (d *desk) voidOnce(id string) error {
	return d.unhold(id)
}
