// Package platform has the small shared pieces: configuration, retry and
// poll helpers, and request signing.
package platform

import (
	"os"
	"time"
)

// Status polling cadence for the Indonesian (Midtrans) bank transfers.
const (
	MidtransPollEvery = 1500 * time.Millisecond
	MidtransPollFor   = 10 * time.Minute
)

// Config is read from the environment at start-up.
type Config struct {
	StripeKey, StripeWebhookSecret                       string
	StripeSandbox                                        bool
	BraintreeMerchant, BraintreePublic, BraintreePrivate string
	MercadoPagoToken, MercadoPagoSecret                  string
	MidtransServerKey                                    string
	ClearinghouseURL, ClearinghouseToken                 string
	BankURL, BankToken, BankWebhookSecret                string
	PublicURL, RedisAddr, DSN                            string
}

// Load reads the configuration from the environment.
func Load() Config {
	e := os.Getenv
	return Config{
		StripeKey: e("STRIPE_KEY"), StripeWebhookSecret: e("STRIPE_WEBHOOK_SECRET"),
		StripeSandbox:     e("STRIPE_SANDBOX") == "1",
		BraintreeMerchant: e("BT_MERCHANT"), BraintreePublic: e("BT_PUBLIC"), BraintreePrivate: e("BT_PRIVATE"),
		MercadoPagoToken: e("MP_TOKEN"), MercadoPagoSecret: e("MP_WEBHOOK_SECRET"),
		MidtransServerKey: e("MIDTRANS_SERVER_KEY"),
		ClearinghouseURL:  e("CLEARINGHOUSE_URL"), ClearinghouseToken: e("CLEARINGHOUSE_TOKEN"),
		BankURL: e("BANK_URL"), BankToken: e("BANK_TOKEN"), BankWebhookSecret: e("BANK_WEBHOOK_SECRET"),
		PublicURL: e("PUBLIC_URL"), RedisAddr: e("REDIS_ADDR"), DSN: e("DATABASE_URL"),
	}
}
