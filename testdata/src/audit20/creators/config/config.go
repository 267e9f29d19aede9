// Package config loads creatorsd's settings from the environment.
package config

import (
	"errors"
	"os"
	"strconv"
	"time"
)

// TipPollEvery is how often the tip overlay asks whether a pending tip
// went through. Streamers complained the overlay felt laggy at 2s.
const TipPollEvery = 750 * time.Millisecond

// Config is the whole process configuration.
type Config struct {
	HTTPAddr  string
	HooksAddr string
	LiveAddr  string
	PublicURL string

	DatabaseURL string
	MongoURI    string
	RedisAddr   string
	BrokerURL   string

	StripeKey           string
	StripeWebhookSecret string
	StripeLiveSecret    string

	PaddleKey           string
	PaddleWebhookSecret string
	PaddleSandbox       bool

	PayPalClientID  string
	PayPalSecret    string
	PayPalWebhookID string
	PayPalBase      string

	LemonAPIKey        string
	LemonStoreID       string
	LemonSigningSecret string

	EthRPC        string
	ChainID       int64
	USDCContract  string
	TreasuryKeyID string

	SvixToken string
	SMTPAddr  string
	MailFrom  string

	PayoutEvery time.Duration
}

// Load reads the environment. Only the settings without which the
// process cannot serve a single request are required.
func Load() (*Config, error) {
	c := &Config{
		HTTPAddr:            env("HTTP_ADDR", ":8080"),
		HooksAddr:           env("HOOKS_ADDR", ":8081"),
		LiveAddr:            env("LIVE_ADDR", ":8082"),
		PublicURL:           env("PUBLIC_URL", "https://fanclub.example"),
		DatabaseURL:         os.Getenv("DATABASE_URL"),
		MongoURI:            env("MONGO_URI", "mongodb://localhost:27017"),
		RedisAddr:           env("REDIS_ADDR", "localhost:6379"),
		BrokerURL:           env("BROKER_URL", "redis://localhost:6379/3"),
		StripeKey:           os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		StripeLiveSecret:    os.Getenv("STRIPE_LIVE_WEBHOOK_SECRET"),
		PaddleKey:           os.Getenv("PADDLE_API_KEY"),
		PaddleWebhookSecret: os.Getenv("PADDLE_WEBHOOK_SECRET"),
		PaddleSandbox:       os.Getenv("PADDLE_SANDBOX") == "1",
		PayPalClientID:      os.Getenv("PAYPAL_CLIENT_ID"),
		PayPalSecret:        os.Getenv("PAYPAL_SECRET"),
		PayPalWebhookID:     os.Getenv("PAYPAL_WEBHOOK_ID"),
		PayPalBase:          env("PAYPAL_BASE", "https://api-m.paypal.com"),
		LemonAPIKey:         os.Getenv("LEMON_API_KEY"),
		LemonStoreID:        os.Getenv("LEMON_STORE_ID"),
		LemonSigningSecret:  os.Getenv("LEMON_SIGNING_SECRET"),
		EthRPC:              env("ETH_RPC", "https://mainnet.base.org"),
		USDCContract:        env("USDC_CONTRACT", "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"),
		TreasuryKeyID:       os.Getenv("TREASURY_KMS_KEY"),
		SvixToken:           os.Getenv("SVIX_TOKEN"),
		SMTPAddr:            env("SMTP_ADDR", "localhost:25"),
		MailFrom:            env("MAIL_FROM", "hello@fanclub.example"),
		PayoutEvery:         dur("PAYOUT_EVERY", 10*time.Minute),
	}
	c.ChainID, _ = strconv.ParseInt(env("CHAIN_ID", "8453"), 10, 64)
	if c.DatabaseURL == "" {
		return nil, errors.New("config: DATABASE_URL is required")
	}
	if c.StripeKey == "" || c.StripeWebhookSecret == "" {
		return nil, errors.New("config: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are required")
	}
	if c.StripeLiveSecret == "" {
		c.StripeLiveSecret = c.StripeWebhookSecret
	}
	return c, nil
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func dur(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil {
		return d
	}
	return def
}
