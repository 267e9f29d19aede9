// Package config loads the nurseryd settings from the environment.
package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// Config holds everything the daemon needs at start-up.
type Config struct {
	Addr        string
	PublicURL   string
	DatabaseURL string
	LedgerURL   string
	RedisAddr   string
	AMQPURL     string

	StripeKey           string
	StripeWebhookSecret string

	GoCardlessToken         string
	GoCardlessWebhookSecret string

	BankPayBaseURL       string
	BankPayClientID      string
	BankPayClientSecret  string
	BankPayWebhookSecret string

	SquareToken         string
	SquareSignatureKey  string
	SquareWebhookURL    string
	SquareLocationID    string
	FrontDeskDeviceIDs  map[string]string // nursery code -> terminal device id
	TerminalWait        time.Duration
	MonthlyRunSpec      string
	FundingSyncSpec     string
	SMTPAddr            string
	SMTPFrom            string
	DefaultCurrencyCode string
}

// Load reads the environment. Missing required values are an error.
func Load() (*Config, error) {
	c := &Config{
		Addr:                    env("ADDR", ":8080"),
		PublicURL:               env("PUBLIC_URL", "https://pay.littleoaks.example"),
		DatabaseURL:             os.Getenv("DATABASE_URL"),
		LedgerURL:               os.Getenv("LEDGER_DATABASE_URL"),
		RedisAddr:               env("REDIS_ADDR", "localhost:6379"),
		AMQPURL:                 env("AMQP_URL", "amqp://guest:guest@localhost:5672/"),
		StripeKey:               os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret:     os.Getenv("STRIPE_WEBHOOK_SECRET"),
		GoCardlessToken:         os.Getenv("GOCARDLESS_ACCESS_TOKEN"),
		GoCardlessWebhookSecret: os.Getenv("GOCARDLESS_WEBHOOK_SECRET"),
		BankPayBaseURL:          env("BANKPAY_BASE_URL", "https://api.bankpay.example"),
		BankPayClientID:         os.Getenv("BANKPAY_CLIENT_ID"),
		BankPayClientSecret:     os.Getenv("BANKPAY_CLIENT_SECRET"),
		BankPayWebhookSecret:    os.Getenv("BANKPAY_WEBHOOK_SECRET"),
		SquareToken:             os.Getenv("SQUARE_ACCESS_TOKEN"),
		SquareSignatureKey:      os.Getenv("SQUARE_SIGNATURE_KEY"),
		SquareWebhookURL:        env("SQUARE_WEBHOOK_URL", "https://pay.littleoaks.example/hooks/square"),
		SquareLocationID:        os.Getenv("SQUARE_LOCATION_ID"),
		FrontDeskDeviceIDs:      map[string]string{},
		TerminalWait:            envDuration("TERMINAL_WAIT", 3*time.Minute),
		MonthlyRunSpec:          env("MONTHLY_RUN_SPEC", "0 6 1 * *"),
		FundingSyncSpec:         env("FUNDING_SYNC_SPEC", "30 2 * * *"),
		SMTPAddr:                env("SMTP_ADDR", "localhost:25"),
		SMTPFrom:                env("SMTP_FROM", "accounts@littleoaks.example"),
		DefaultCurrencyCode:     env("CURRENCY", "GBP"),
	}
	if c.DatabaseURL == "" {
		return nil, fmt.Errorf("config: DATABASE_URL is required")
	}
	if c.StripeKey == "" {
		return nil, fmt.Errorf("config: STRIPE_SECRET_KEY is required")
	}
	return c, nil
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envDuration(k string, def time.Duration) time.Duration {
	v := os.Getenv(k)
	if v == "" {
		return def
	}
	if d, err := time.ParseDuration(v); err == nil {
		return d
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second
	}
	return def
}
