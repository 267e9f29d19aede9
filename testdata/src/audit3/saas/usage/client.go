// Package usage reports metered usage (API calls, seats-hours) to the billing
// providers at the end of each hour, and charges overage on Chargebee.
package usage

import (
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

type Settings struct {
	StripeKey    string
	ChargebeeURL string // https://acme.chargebee.com
	ChargebeeKey string
}

// Reporter talks to Stripe's REST API directly (the metering path predates
// our stripe-go upgrade) and to Chargebee through resty.
type Reporter struct {
	http      *http.Client
	stripeKey string
	chargebee *resty.Client
	analytics *resty.Client
}

func NewReporter(s Settings) *Reporter {
	cb := resty.New().
		SetBaseURL(s.ChargebeeURL).
		SetHeader("Authorization", "Basic "+s.ChargebeeKey).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second)
	an := resty.New().SetBaseURL("https://api.segment.io").SetRetryCount(5)
	return &Reporter{
		http:      &http.Client{Timeout: 10 * time.Second},
		stripeKey: s.StripeKey,
		chargebee: cb,
		analytics: an,
	}
}
