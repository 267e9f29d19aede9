package platform

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	HTTPAddr        string
	StorefrontAddr  string
	DatabaseURL     string
	RedisAddr       string
	AMQPURL         string
	RazorpayKey     string
	RazorpaySecret  string
	RazorpayHookKey string
	RazorpayXAcct   string
	MPAccessToken   string
	MPWebhookSecret string
	PixBaseURL      string
	PixToken        string
	PixHookSecret   string
	PixKey          string
	ConektaKey      string
	ConektaBaseURL  string
	CourierSecret   string
	CRMURL          string
	PollEvery       time.Duration
}

func Load() Config {
	return Config{
		HTTPAddr:        env("HTTP_ADDR", ":8080"),
		StorefrontAddr:  env("STOREFRONT_ADDR", ":8081"),
		DatabaseURL:     env("DATABASE_URL", "postgres://localhost/pharmacy"),
		RedisAddr:       env("REDIS_ADDR", "localhost:6379"),
		AMQPURL:         env("AMQP_URL", "amqp://guest:guest@localhost:5672/"),
		RazorpayKey:     os.Getenv("RAZORPAY_KEY_ID"),
		RazorpaySecret:  os.Getenv("RAZORPAY_KEY_SECRET"),
		RazorpayHookKey: os.Getenv("RAZORPAY_WEBHOOK_SECRET"),
		RazorpayXAcct:   os.Getenv("RAZORPAYX_ACCOUNT_NUMBER"),
		MPAccessToken:   os.Getenv("MP_ACCESS_TOKEN"),
		MPWebhookSecret: os.Getenv("MP_WEBHOOK_SECRET"),
		PixBaseURL:      env("PIX_BASE_URL", "https://pix.example-psp.com.br"),
		PixToken:        os.Getenv("PIX_TOKEN"),
		PixHookSecret:   os.Getenv("PIX_WEBHOOK_SECRET"),
		PixKey:          os.Getenv("PIX_KEY"),
		ConektaKey:      os.Getenv("CONEKTA_PRIVATE_KEY"),
		ConektaBaseURL:  env("CONEKTA_BASE_URL", "https://api.conekta.io"),
		CourierSecret:   os.Getenv("COURIER_SHARED_SECRET"),
		CRMURL:          env("CRM_URL", "https://crm.internal/api/events"),
		PollEvery:       dur("POLL_EVERY", 5*time.Second),
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func dur(k string, def time.Duration) time.Duration {
	v := os.Getenv(k)
	if v == "" {
		return def
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second
	}
	if d, err := time.ParseDuration(v); err == nil {
		return d
	}
	return def
}
