// Package platform holds the plumbing every service of the club backend
// shares: configuration, logging, retries, polling and HTTP middleware.
package platform

import (
	"os"
	"strconv"
	"time"
)

// Config is read once at start-up from the environment.
type Config struct {
	Env       string
	HTTPAddr  string
	HooksAddr string
	KioskAddr string
	AdminAddr string
	MySQLDSN  string
	PublicURL string
	SMTPAddr  string
	SMTPFrom  string

	GoCardlessToken  string
	GoCardlessSecret string

	MollieAPIKey     string
	MollieSigningKey string

	AdyenAPIKey        string
	AdyenMerchant      string
	AdyenHMACKey       string
	AdyenTerminalURL   string
	AdyenTerminalKey   string
	TerminalPollEvery  time.Duration
	TerminalWaitBudget time.Duration

	SquareToken        string
	SquareSignatureKey string
	SquareHookURL      string
	SquareLocationID   string

	CheckoutSecretKey string
	CheckoutHookKey   string

	TwintBaseURL    string
	TwintMerchantID string
	TwintAPIKey     string
	TwintHookSecret string

	WeatherURL string
}

// Load reads the configuration from the environment.
func Load() Config {
	return Config{
		Env:                env("CLUB_ENV", "development"),
		HTTPAddr:           env("HTTP_ADDR", ":8080"),
		HooksAddr:          env("HOOKS_ADDR", ":8081"),
		KioskAddr:          env("KIOSK_ADDR", ":8082"),
		AdminAddr:          env("ADMIN_ADDR", ":8083"),
		MySQLDSN:           env("MYSQL_DSN", "club:club@tcp(127.0.0.1:3306)/club?parseTime=true"),
		PublicURL:          env("PUBLIC_URL", "http://localhost:8080"),
		SMTPAddr:           env("SMTP_ADDR", "127.0.0.1:25"),
		SMTPFrom:           env("SMTP_FROM", "bookings@example.org"),
		GoCardlessToken:    os.Getenv("GOCARDLESS_ACCESS_TOKEN"),
		GoCardlessSecret:   os.Getenv("GOCARDLESS_WEBHOOK_SECRET"),
		MollieAPIKey:       os.Getenv("MOLLIE_API_KEY"),
		MollieSigningKey:   os.Getenv("MOLLIE_WEBHOOK_SIGNING_SECRET"),
		AdyenAPIKey:        os.Getenv("ADYEN_API_KEY"),
		AdyenMerchant:      os.Getenv("ADYEN_MERCHANT_ACCOUNT"),
		AdyenHMACKey:       os.Getenv("ADYEN_HMAC_KEY"),
		AdyenTerminalURL:   env("ADYEN_TERMINAL_URL", "https://terminal-api-test.adyen.com"),
		AdyenTerminalKey:   os.Getenv("ADYEN_TERMINAL_API_KEY"),
		TerminalPollEvery:  duration("TERMINAL_POLL_EVERY", 3*time.Second),
		TerminalWaitBudget: duration("TERMINAL_WAIT_BUDGET", 90*time.Second),
		SquareToken:        os.Getenv("SQUARE_ACCESS_TOKEN"),
		SquareSignatureKey: os.Getenv("SQUARE_SIGNATURE_KEY"),
		SquareHookURL:      os.Getenv("SQUARE_NOTIFICATION_URL"),
		SquareLocationID:   os.Getenv("SQUARE_LOCATION_ID"),
		CheckoutSecretKey:  os.Getenv("CKO_SECRET_KEY"),
		CheckoutHookKey:    os.Getenv("CKO_WEBHOOK_KEY"),
		TwintBaseURL:       env("TWINT_BASE_URL", "https://api.sandbox.twint-like.ch"),
		TwintMerchantID:    os.Getenv("TWINT_MERCHANT_ID"),
		TwintAPIKey:        os.Getenv("TWINT_API_KEY"),
		TwintHookSecret:    os.Getenv("TWINT_WEBHOOK_SECRET"),
		WeatherURL:         env("WEATHER_URL", "http://weather.internal:9000"),
	}
}

// Production reports whether the process serves real members.
func (c Config) Production() bool { return c.Env == "production" }

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func duration(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	if d, err := time.ParseDuration(v); err == nil {
		return d
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return time.Duration(secs) * time.Second
	}
	return def
}
