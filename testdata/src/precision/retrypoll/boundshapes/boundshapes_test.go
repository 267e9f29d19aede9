package boundshapes

import (
	"testing"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// A test polls its fake backend quickly and without a bound on purpose.
func TestPollFake(t *testing.T) {
	for {
		pi, err := paymentintent.Get("pi_test", nil)
		if err != nil {
			t.Fatal(err)
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
