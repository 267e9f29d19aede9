package main

import "os"

// Settings are read from the environment at start-up.
type Settings struct {
	StripeKey           string
	StripeWebhookSecret string
	StripeConnectSecret string
	PayPalClientID      string
	PayPalSecret        string
	PayPalWebhookID     string
	BankBaseURL         string
	BankAPIKey          string
	BankWebhookSecret   string
	ESignToken          string
	PostgresDSN         string
	RedisAddr           string
	PublicBaseURL       string
	SMTPAddr            string
}

// FromEnv loads Settings.
func FromEnv() Settings {
	return Settings{
		StripeKey:           os.Getenv("STRIPE_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		StripeConnectSecret: os.Getenv("STRIPE_CONNECT_WEBHOOK_SECRET"),
		PayPalClientID:      os.Getenv("PAYPAL_CLIENT_ID"),
		PayPalSecret:        os.Getenv("PAYPAL_SECRET"),
		PayPalWebhookID:     os.Getenv("PAYPAL_WEBHOOK_ID"),
		BankBaseURL:         os.Getenv("BANK_BASE_URL"),
		BankAPIKey:          os.Getenv("BANK_API_KEY"),
		BankWebhookSecret:   os.Getenv("BANK_WEBHOOK_SECRET"),
		ESignToken:          os.Getenv("ESIGN_TOKEN"),
		PostgresDSN:         os.Getenv("DATABASE_URL"),
		RedisAddr:           os.Getenv("REDIS_ADDR"),
		PublicBaseURL:       os.Getenv("PUBLIC_BASE_URL"),
		SMTPAddr:            os.Getenv("SMTP_ADDR"),
	}
}
