// Package config loads the booking backend's settings from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	ListenAddr  string
	DatabaseURL string
	RedisAddr   string

	AdyenAPIKey      string
	AdyenMerchant    string
	AdyenHMACKey     string
	AdyenEnvironment string
	ReturnBaseURL    string

	PayPalBaseURL      string
	PayPalClientID     string
	PayPalSecret       string
	PayPalWebhookID    string
	MercadoPagoToken   string
	MercadoPagoSecret  string
	PixBaseURL         string
	PixKey             string
	PixWebhookSecret   string
	PayoutBaseURL      string
	PayoutToken        string
	StripeKey          string
	GDSBaseURL         string
	MailerURL          string
	HoldTTL            time.Duration
	SweepEvery         time.Duration
	InstallmentsMaxBRL int
}

func Load() Config {
	return Config{
		ListenAddr:         env("LISTEN_ADDR", ":8080"),
		DatabaseURL:        env("DATABASE_URL", "postgres://airline@localhost/airline"),
		RedisAddr:          env("REDIS_ADDR", "localhost:6379"),
		AdyenAPIKey:        os.Getenv("ADYEN_API_KEY"),
		AdyenMerchant:      env("ADYEN_MERCHANT", "RegionalAirECOM"),
		AdyenHMACKey:       os.Getenv("ADYEN_HMAC_KEY"),
		AdyenEnvironment:   env("ADYEN_ENV", "TEST"),
		ReturnBaseURL:      env("RETURN_BASE_URL", "https://book.example-air.com"),
		PayPalBaseURL:      env("PAYPAL_BASE_URL", "https://api-m.sandbox.paypal.com"),
		PayPalClientID:     os.Getenv("PAYPAL_CLIENT_ID"),
		PayPalSecret:       os.Getenv("PAYPAL_SECRET"),
		PayPalWebhookID:    os.Getenv("PAYPAL_WEBHOOK_ID"),
		MercadoPagoToken:   os.Getenv("MP_ACCESS_TOKEN"),
		MercadoPagoSecret:  os.Getenv("MP_WEBHOOK_SECRET"),
		PixBaseURL:         env("PIX_BASE_URL", "https://pix.bancoexemplo.com.br"),
		PixKey:             os.Getenv("PIX_KEY"),
		PixWebhookSecret:   os.Getenv("PIX_WEBHOOK_SECRET"),
		PayoutBaseURL:      env("PAYOUT_BASE_URL", "https://payouts.bank.example"),
		PayoutToken:        os.Getenv("PAYOUT_TOKEN"),
		StripeKey:          os.Getenv("STRIPE_KEY"),
		GDSBaseURL:         env("GDS_BASE_URL", "https://gds.internal"),
		MailerURL:          env("MAILER_URL", "https://mailer.internal/v1/send"),
		HoldTTL:            duration("HOLD_TTL", 15*time.Minute),
		SweepEvery:         duration("SWEEP_EVERY", time.Minute),
		InstallmentsMaxBRL: intEnv("INSTALLMENTS_MAX_BR", 10),
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func duration(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil {
		return d
	}
	return def
}

func intEnv(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return n
	}
	return def
}
