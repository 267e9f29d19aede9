// Package checkout retries calls of billing.Gateway, an interface whose
// one implementation hands back the provider's status code as the second
// result: a loop going round on every status but 201 retries 400/422.
// Loops going round only on 429/5xx, leaving on every 4xx, or on an
// amount that is not a status, stay silent.
package checkout

import (
	"errors"
	"log"
	"net/http"
	"time"

	"rc1ifacecode/billing"
)

type Orders struct {
	Pay billing.Gateway
}

// PayUntilCreated: goes round until the provider answers 201, so a 400
// (bad card data) or a 422 (amount refused) is sent again and again.
func (o *Orders) PayUntilCreated(id string, cents int64) *billing.Charge {
	in := billing.ChargeInput{Order: id, Amount: cents}
	ch, status, err := o.Pay.Charge(in)
	for err != nil || status != http.StatusCreated {
		log.Printf("charge %s: status %d, retrying", id, status)
		time.Sleep(2 * time.Second)
		ch, status, err = o.Pay.Charge(in) // want `billing.Gateway.Charge \(POST /v1/charges\) is retried by a for loop \(line 26\): every non-2xx status is retried`
	}
	return ch
}

// PayOnServerErrors: goes round only on a transport error, a 429 or a 5xx;
// every other status leaves.
func (o *Orders) PayOnServerErrors(id string, cents int64) (*billing.Charge, error) {
	in := billing.ChargeInput{Order: id, Amount: cents}
	for attempt := 0; attempt < 4; attempt++ {
		ch, status, err := o.Pay.Charge(in)
		if err == nil && status >= 200 && status < 300 {
			return ch, nil
		}
		if err == nil && status != http.StatusTooManyRequests && status < 500 {
			return nil, errors.New("charge refused")
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, errors.New("provider unavailable")
}

// PayLeavingOn4xx: the status is compared only to leave: every 4xx
// returns, a 201 returns, only errors and 5xx go round.
func (o *Orders) PayLeavingOn4xx(id string, cents int64) (*billing.Charge, error) {
	in := billing.ChargeInput{Order: id, Amount: cents}
	for tries := 3; tries > 0; tries-- {
		ch, code, err := o.Pay.Charge(in)
		if err != nil {
			time.Sleep(3 * time.Second)
			continue
		}
		if code >= 400 && code < 500 {
			return nil, errors.New("charge rejected")
		}
		if code == http.StatusCreated {
			return ch, nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errors.New("gave up")
}

// RefundAll: the int compared is the amount refunded so far, no status.
func (o *Orders) RefundAll(chargeID string, cents int64) {
	got, err := o.Pay.Refunded(chargeID, cents)
	for err != nil || got != cents {
		time.Sleep(2 * time.Second)
		got, err = o.Pay.Refunded(chargeID, cents)
	}
}
