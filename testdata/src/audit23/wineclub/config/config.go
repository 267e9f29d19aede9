// Package config loads the club backend's settings from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config holds everything wineclubd needs at start-up.
type Config struct {
	HTTPAddr      string
	HooksAddr     string
	AdminAddr     string
	DatabaseURL   string
	RedisAddr     string
	PublicBaseURL string

	MollieAPIKey        string
	MollieWebhookSecret string

	GoCardlessToken         string
	GoCardlessWebhookSecret string
	GoCardlessEnv           string

	StripeKey           string
	StripeWebhookSecret string

	PayLaterBaseURL  string
	PayLaterUsername string
	PayLaterPassword string

	WMSBaseURL        string
	AccountingBaseURL string
	AccountingToken   string

	BillingInterval time.Duration
	WorkerPoll      time.Duration
	WorkerBatch     int
}

// How often the checkout page asks the pay-later provider whether the
// shopper finished the authorisation widget.
const AuthorizationPollEvery = 750 * time.Millisecond

// How long the checkout page keeps asking before it gives up.
const AuthorizationPollRounds = 12

// Load reads the environment. Missing optional values fall back to
// development defaults.
func Load() Config {
	return Config{
		HTTPAddr:      env("HTTP_ADDR", ":8080"),
		HooksAddr:     env("HOOKS_ADDR", ":8081"),
		AdminAddr:     env("ADMIN_ADDR", ":8082"),
		DatabaseURL:   env("DATABASE_URL", "postgres://wineclub@localhost/wineclub?sslmode=disable"),
		RedisAddr:     env("REDIS_ADDR", "localhost:6379"),
		PublicBaseURL: env("PUBLIC_BASE_URL", "http://localhost:8080"),

		MollieAPIKey:        os.Getenv("MOLLIE_API_KEY"),
		MollieWebhookSecret: os.Getenv("MOLLIE_WEBHOOK_SECRET"),

		GoCardlessToken:         os.Getenv("GOCARDLESS_ACCESS_TOKEN"),
		GoCardlessWebhookSecret: os.Getenv("GOCARDLESS_WEBHOOK_SECRET"),
		GoCardlessEnv:           env("GOCARDLESS_ENV", "sandbox"),

		StripeKey:           os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),

		PayLaterBaseURL:  env("PAYLATER_BASE_URL", "https://api.playground.paylater.example"),
		PayLaterUsername: os.Getenv("PAYLATER_USERNAME"),
		PayLaterPassword: os.Getenv("PAYLATER_PASSWORD"),

		WMSBaseURL:        env("WMS_BASE_URL", "http://wms.internal"),
		AccountingBaseURL: env("ACCOUNTING_BASE_URL", "https://api.accounting.example"),
		AccountingToken:   os.Getenv("ACCOUNTING_TOKEN"),

		BillingInterval: duration("BILLING_INTERVAL", time.Hour),
		WorkerPoll:      duration("WORKER_POLL", 5*time.Second),
		WorkerBatch:     integer("WORKER_BATCH", 20),
	}
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func duration(key string, def time.Duration) time.Duration {
	if v := os.Getenv(key); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return def
}

func integer(key string, def int) int {
	if v := os.Getenv(key); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}
