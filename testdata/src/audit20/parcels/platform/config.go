// Package platform holds the plumbing every service of parcels shares:
// configuration, logging, the retry and poll helpers.
package platform

import (
	"os"
	"strconv"
	"time"
)

// Config is read once at start-up from the environment.
type Config struct {
	HTTPAddr    string
	EchoAddr    string
	FiberAddr   string
	DatabaseURL string
	RedisAddr   string
	PublicURL   string

	Razorpay struct {
		KeyID         string
		KeySecret     string
		WebhookSecret string
		XAccount      string // RazorpayX current account used for COD remittances
	}
	Xendit struct {
		SecretKey     string
		CallbackToken string
	}
	Midtrans struct {
		ServerKey  string
		Production bool
	}
	QR struct {
		BaseURL       string
		MerchantID    string
		APIKey        string
		SigningSecret string
	}
	Stripe struct {
		SecretKey     string
		WebhookSecret string
	}
	SMS struct {
		BaseURL string
		Token   string
	}

	RemitCron    string
	PollTimeout  time.Duration
	WorkerConcur int
}

// Load reads the configuration. Missing values stay empty; the services
// decide what they can run without.
func Load() Config {
	var c Config
	c.HTTPAddr = env("HTTP_ADDR", ":8080")
	c.EchoAddr = env("SELLER_ADDR", ":8081")
	c.FiberAddr = env("LOCKER_ADDR", ":8082")
	c.DatabaseURL = env("DATABASE_URL", "postgres://parcels@localhost/parcels?sslmode=disable")
	c.RedisAddr = env("REDIS_ADDR", "localhost:6379")
	c.PublicURL = env("PUBLIC_URL", "https://parcels.example.com")

	c.Razorpay.KeyID = os.Getenv("RAZORPAY_KEY_ID")
	c.Razorpay.KeySecret = os.Getenv("RAZORPAY_KEY_SECRET")
	c.Razorpay.WebhookSecret = os.Getenv("RAZORPAY_WEBHOOK_SECRET")
	c.Razorpay.XAccount = os.Getenv("RAZORPAYX_ACCOUNT_NUMBER")

	c.Xendit.SecretKey = os.Getenv("XENDIT_SECRET_KEY")
	c.Xendit.CallbackToken = os.Getenv("XENDIT_CALLBACK_TOKEN")

	c.Midtrans.ServerKey = os.Getenv("MIDTRANS_SERVER_KEY")
	c.Midtrans.Production = os.Getenv("MIDTRANS_ENV") == "production"

	c.QR.BaseURL = env("QRPAY_BASE_URL", "https://api.qrpay.asia")
	c.QR.MerchantID = os.Getenv("QRPAY_MERCHANT_ID")
	c.QR.APIKey = os.Getenv("QRPAY_API_KEY")
	c.QR.SigningSecret = os.Getenv("QRPAY_SIGNING_SECRET")

	c.Stripe.SecretKey = os.Getenv("STRIPE_SECRET_KEY")
	c.Stripe.WebhookSecret = os.Getenv("STRIPE_WEBHOOK_SECRET")

	c.SMS.BaseURL = env("SMS_BASE_URL", "https://sms.example.net")
	c.SMS.Token = os.Getenv("SMS_TOKEN")

	c.RemitCron = env("REMIT_CRON", "0 2 * * *")
	c.PollTimeout = duration("POLL_TIMEOUT", 10*time.Minute)
	c.WorkerConcur = integer("WORKER_CONCURRENCY", 10)
	return c
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

func integer(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return n
	}
	return def
}
