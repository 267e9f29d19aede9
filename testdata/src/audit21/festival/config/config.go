// Package config loads the festival backend's settings from the environment.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Config is everything festivald needs at start-up.
type Config struct {
	HTTPAddr    string
	StaffAddr   string
	HooksAddr   string
	PostgresDSN string
	MongoURI    string
	RedisAddr   string
	BrokerURL   string

	PublicURL string

	AdyenAPIKey     string
	AdyenMerchant   string
	AdyenHMACKey    string
	AdyenLive       bool
	MollieAPIKey    string
	ReaderAPIBase   string
	ReaderAPIKey    string
	ReaderMerchant  string
	PayPalClientID  string
	PayPalSecret    string
	PayPalAPIBase   string
	PayPalWebhookID string
	LndAddr         string
	PayoutAPIBase   string
	PayoutAPIToken  string
	PayoutHookKey   string

	SMTPAddr string
	SMTPFrom string

	EventEnds     time.Time
	PayoutHourUTC int
}

// Load reads the environment. Secrets that the platform cannot run without
// are required; the rest have defaults for local runs.
func Load() (*Config, error) {
	c := &Config{
		HTTPAddr:        get("HTTP_ADDR", ":8080"),
		StaffAddr:       get("STAFF_ADDR", ":8081"),
		HooksAddr:       get("HOOKS_ADDR", ":8082"),
		PostgresDSN:     get("POSTGRES_DSN", "postgres://festival@localhost/festival?sslmode=disable"),
		MongoURI:        get("MONGO_URI", "mongodb://localhost:27017"),
		RedisAddr:       get("REDIS_ADDR", "localhost:6379"),
		BrokerURL:       get("BROKER_URL", "redis://localhost:6379/1"),
		PublicURL:       get("PUBLIC_URL", "http://localhost:8080"),
		AdyenAPIKey:     os.Getenv("ADYEN_API_KEY"),
		AdyenMerchant:   get("ADYEN_MERCHANT", "FestivalEU_ECOM"),
		AdyenHMACKey:    os.Getenv("ADYEN_HMAC_KEY"),
		AdyenLive:       os.Getenv("ADYEN_LIVE") == "1",
		MollieAPIKey:    os.Getenv("MOLLIE_API_KEY"),
		ReaderAPIBase:   get("READER_API_BASE", "https://api.readers.example.com"),
		ReaderAPIKey:    os.Getenv("READER_API_KEY"),
		ReaderMerchant:  os.Getenv("READER_MERCHANT_CODE"),
		PayPalClientID:  os.Getenv("PAYPAL_CLIENT_ID"),
		PayPalSecret:    os.Getenv("PAYPAL_SECRET"),
		PayPalAPIBase:   get("PAYPAL_API_BASE", "https://api-m.sandbox.paypal.com"),
		PayPalWebhookID: os.Getenv("PAYPAL_WEBHOOK_ID"),
		LndAddr:         get("LND_ADDR", "localhost:10009"),
		PayoutAPIBase:   get("PAYOUT_API_BASE", "https://payouts.example.net/v2"),
		PayoutAPIToken:  os.Getenv("PAYOUT_API_TOKEN"),
		PayoutHookKey:   os.Getenv("PAYOUT_HOOK_KEY"),
		SMTPAddr:        get("SMTP_ADDR", "localhost:25"),
		SMTPFrom:        get("SMTP_FROM", "wristband@festival.example"),
	}
	hour, err := strconv.Atoi(get("PAYOUT_HOUR_UTC", "4"))
	if err != nil {
		return nil, fmt.Errorf("PAYOUT_HOUR_UTC: %w", err)
	}
	c.PayoutHourUTC = hour
	if v := os.Getenv("EVENT_ENDS"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return nil, fmt.Errorf("EVENT_ENDS: %w", err)
		}
		c.EventEnds = t
	}
	if c.MollieAPIKey == "" {
		return nil, fmt.Errorf("MOLLIE_API_KEY is required")
	}
	if c.PayoutHookKey == "" {
		return nil, fmt.Errorf("PAYOUT_HOOK_KEY is required")
	}
	return c, nil
}

func get(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
