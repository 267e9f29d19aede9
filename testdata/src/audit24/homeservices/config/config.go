// Package config loads homeservicesd settings from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is everything the daemon needs to start.
type Config struct {
	HTTPAddr    string
	HooksAddr   string
	DatabaseURL string
	RedisAddr   string
	BaseURL     string

	StripeKey           string
	StripeWebhookSecret string
	StripeConnectSecret string
	StripeDisputeSecret string

	BraintreeEnv        string
	BraintreeMerchantID string
	BraintreePublicKey  string
	BraintreePrivateKey string

	SquareToken      string
	SquareWebhookKey string
	SquareNotifyURL  string

	PayLaterBaseURL  string
	PayLaterMerchant string
	PayLaterSecret   string
	PayLaterHookKey  string

	PayoutDay      time.Weekday
	DepositPercent int
	CaptureWait    time.Duration
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	v, err := strconv.Atoi(os.Getenv(key))
	if err != nil {
		return def
	}
	return v
}

// Load reads the environment. Missing secrets are left empty so the
// daemon can boot in local dev without every provider configured.
func Load() Config {
	return Config{
		HTTPAddr:            env("HTTP_ADDR", ":8080"),
		HooksAddr:           env("HOOKS_ADDR", ":8081"),
		DatabaseURL:         env("DATABASE_URL", "postgres://localhost:5432/homeservices"),
		RedisAddr:           env("REDIS_ADDR", "localhost:6379"),
		BaseURL:             env("BASE_URL", "http://localhost:8080"),
		StripeKey:           os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		StripeConnectSecret: os.Getenv("STRIPE_CONNECT_WEBHOOK_SECRET"),
		StripeDisputeSecret: os.Getenv("STRIPE_DISPUTE_WEBHOOK_SECRET"),
		BraintreeEnv:        env("BRAINTREE_ENV", "https://api.sandbox.braintreegateway.com:443"),
		BraintreeMerchantID: os.Getenv("BRAINTREE_MERCHANT_ID"),
		BraintreePublicKey:  os.Getenv("BRAINTREE_PUBLIC_KEY"),
		BraintreePrivateKey: os.Getenv("BRAINTREE_PRIVATE_KEY"),
		SquareToken:         os.Getenv("SQUARE_ACCESS_TOKEN"),
		SquareWebhookKey:    os.Getenv("SQUARE_WEBHOOK_SIGNATURE_KEY"),
		SquareNotifyURL:     env("SQUARE_NOTIFICATION_URL", "https://api.example.com/hooks/square"),
		PayLaterBaseURL:     env("PAYLATER_BASE_URL", "https://global-api-sandbox.paylater.example/v2"),
		PayLaterMerchant:    os.Getenv("PAYLATER_MERCHANT_ID"),
		PayLaterSecret:      os.Getenv("PAYLATER_SECRET_KEY"),
		PayLaterHookKey:     os.Getenv("PAYLATER_WEBHOOK_KEY"),
		PayoutDay:           time.Weekday(envInt("PAYOUT_WEEKDAY", int(time.Tuesday))),
		DepositPercent:      envInt("DEPOSIT_PERCENT", 25),
		CaptureWait:         time.Duration(envInt("CAPTURE_WAIT_SECONDS", 90)) * time.Second,
	}
}
