// Package platform holds the plumbing every service of the storage backend
// shares: configuration, logging, retries, polling and the job runner.
package platform

import (
	"os"
	"strconv"
	"time"
)

// Config is read once at start-up from the environment (see deploy/env/*.env).
type Config struct {
	Region      string // "uk" or "au"
	HTTPAddr    string
	KioskAddr   string
	DatabaseURL string
	PublicURL   string

	StripeKey           string
	StripeWebhookSecret string

	GoCardlessToken       string
	GoCardlessWebhookKey  string
	GoCardlessBECSToken   string
	GoCardlessBECSHookKey string

	AdyenAPIKey      string
	AdyenMerchant    string
	AdyenHMACKey     string
	AdyenEnvironment string

	BraintreeMerchant string
	BraintreePublic   string
	BraintreePrivate  string

	AUPayBaseURL    string
	AUPayAPIKey     string
	AUPayHookSecret string
	AUPayTimeout    time.Duration

	GateBaseURL string
	GateToken   string

	LateFeePence  int64
	LateAfterDays int
	LienAfterDays int
}

// Load reads the configuration from the environment.
func Load() Config {
	return Config{
		Region:      env("STORAGE_REGION", "uk"),
		HTTPAddr:    env("HTTP_ADDR", ":8080"),
		KioskAddr:   env("KIOSK_ADDR", ":8090"),
		DatabaseURL: env("DATABASE_URL", "postgres://localhost/storage"),
		PublicURL:   env("PUBLIC_URL", "https://www.boxandlock.co.uk"),

		StripeKey:           os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),

		GoCardlessToken:       os.Getenv("GOCARDLESS_ACCESS_TOKEN"),
		GoCardlessWebhookKey:  os.Getenv("GOCARDLESS_WEBHOOK_SECRET"),
		GoCardlessBECSToken:   os.Getenv("GOCARDLESS_AU_ACCESS_TOKEN"),
		GoCardlessBECSHookKey: os.Getenv("GOCARDLESS_AU_WEBHOOK_SECRET"),

		AdyenAPIKey:      os.Getenv("ADYEN_API_KEY"),
		AdyenMerchant:    env("ADYEN_MERCHANT_ACCOUNT", "BoxAndLockKiosk"),
		AdyenHMACKey:     os.Getenv("ADYEN_HMAC_KEY"),
		AdyenEnvironment: env("ADYEN_ENVIRONMENT", "TEST"),

		BraintreeMerchant: os.Getenv("BT_MERCHANT_ID"),
		BraintreePublic:   os.Getenv("BT_PUBLIC_KEY"),
		BraintreePrivate:  os.Getenv("BT_PRIVATE_KEY"),

		AUPayBaseURL:    env("AUPAY_BASE_URL", "https://api.wattlepay.com.au"),
		AUPayAPIKey:     os.Getenv("AUPAY_API_KEY"),
		AUPayHookSecret: os.Getenv("AUPAY_WEBHOOK_SECRET"),
		AUPayTimeout:    dur("AUPAY_TIMEOUT", 20*time.Second),

		GateBaseURL: env("GATE_BASE_URL", "https://gates.internal.boxandlock.net"),
		GateToken:   os.Getenv("GATE_TOKEN"),

		LateFeePence:  int64(num("LATE_FEE_PENCE", 1500)),
		LateAfterDays: num("LATE_AFTER_DAYS", 7),
		LienAfterDays: num("LIEN_AFTER_DAYS", 60),
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func num(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return n
	}
	return def
}

func dur(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil {
		return d
	}
	return def
}
