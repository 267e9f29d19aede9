// Package config loads the service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is the whole runtime configuration of ridehaild.
type Config struct {
	Env         string
	HTTPAddr    string
	DriverAddr  string
	HooksAddr   string
	PostgresDSN string
	MongoURI    string
	RedisAddr   string

	XenditSecretKey     string
	XenditCallbackToken string

	MidtransServerKey string
	MidtransProd      bool

	RazorpayKeyID         string
	RazorpayKeySecret     string
	RazorpayWebhookSecret string
	RazorpayXAccount      string

	UPIBaseURL  string
	UPIMerchant string
	UPIKey      string

	PublicBaseURL   string
	CashoutCutoff   time.Duration
	PaymentWaitMax  time.Duration
	SupportedMarket []string
}

// Load reads the configuration. Missing values fall back to development
// defaults so that `go run ./cmd/ridehaild` works on a laptop.
func Load() Config {
	return Config{
		Env:                   env("APP_ENV", "dev"),
		HTTPAddr:              env("HTTP_ADDR", ":8080"),
		DriverAddr:            env("DRIVER_ADDR", ":8081"),
		HooksAddr:             env("HOOKS_ADDR", ":8082"),
		PostgresDSN:           env("POSTGRES_DSN", "postgres://ride:ride@localhost/ride?sslmode=disable"),
		MongoURI:              env("MONGO_URI", "mongodb://localhost:27017"),
		RedisAddr:             env("REDIS_ADDR", "localhost:6379"),
		XenditSecretKey:       env("XENDIT_SECRET_KEY", ""),
		XenditCallbackToken:   env("XENDIT_CALLBACK_TOKEN", ""),
		MidtransServerKey:     env("MIDTRANS_SERVER_KEY", ""),
		MidtransProd:          envBool("MIDTRANS_PRODUCTION", false),
		RazorpayKeyID:         env("RAZORPAY_KEY_ID", ""),
		RazorpayKeySecret:     env("RAZORPAY_KEY_SECRET", ""),
		RazorpayWebhookSecret: env("RAZORPAY_WEBHOOK_SECRET", ""),
		RazorpayXAccount:      env("RAZORPAYX_ACCOUNT", ""),
		UPIBaseURL:            env("UPI_BASE_URL", "https://upi.sandbox.example-psp.in"),
		UPIMerchant:           env("UPI_MERCHANT_ID", ""),
		UPIKey:                env("UPI_API_KEY", ""),
		PublicBaseURL:         env("PUBLIC_BASE_URL", "http://localhost:8080"),
		CashoutCutoff:         envDuration("CASHOUT_CUTOFF", 22*time.Hour),
		PaymentWaitMax:        envDuration("PAYMENT_WAIT_MAX", 10*time.Minute),
		SupportedMarket:       strings.Split(env("MARKETS", "ID,PH,IN"), ","),
	}
}

// IsProd reports whether we run against live providers.
func (c Config) IsProd() bool { return c.Env == "prod" }

func env(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func envBool(k string, def bool) bool {
	v, err := strconv.ParseBool(env(k, strconv.FormatBool(def)))
	if err != nil {
		return def
	}
	return v
}

func envDuration(k string, def time.Duration) time.Duration {
	d, err := time.ParseDuration(env(k, def.String()))
	if err != nil {
		return def
	}
	return d
}
