// Package config loads the shop's settings from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is everything the daemon needs at start.
type Config struct {
	HTTPAddr      string
	AdminAddr     string
	WebhookAddr   string
	PublicBaseURL string

	MySQLDSN    string
	PostgresDSN string
	RedisAddr   string

	TossSecretKey   string
	TossBaseURL     string
	KakaoSecretKey  string
	KakaoCID        string
	KakaoBaseURL    string
	StripeSecretKey string
	StripeWHSecret  string
	XenditSecretKey string
	XenditCBToken   string

	SMTPAddr string
	SMTPFrom string

	ConfirmTimeout time.Duration
	PayoutBatch    int
}

// Load reads the environment. Missing values fall back to development defaults.
func Load() Config {
	return Config{
		HTTPAddr:        env("HTTP_ADDR", ":8080"),
		AdminAddr:       env("ADMIN_ADDR", ":8081"),
		WebhookAddr:     env("WEBHOOK_ADDR", ":8082"),
		PublicBaseURL:   env("PUBLIC_BASE_URL", "https://shop.kbeauty.example"),
		MySQLDSN:        env("MYSQL_DSN", "kbeauty:kbeauty@tcp(127.0.0.1:3306)/kbeauty?parseTime=true"),
		PostgresDSN:     env("POSTGRES_DSN", "postgres://kbeauty@127.0.0.1/partners?sslmode=disable"),
		RedisAddr:       env("REDIS_ADDR", "127.0.0.1:6379"),
		TossSecretKey:   os.Getenv("TOSS_SECRET_KEY"),
		TossBaseURL:     env("TOSS_BASE_URL", "https://api.tosspayments.com"),
		KakaoSecretKey:  os.Getenv("KAKAO_SECRET_KEY"),
		KakaoCID:        env("KAKAO_CID", "TC0ONETIME"),
		KakaoBaseURL:    env("KAKAO_BASE_URL", "https://open-api.kakaopay.com"),
		StripeSecretKey: os.Getenv("STRIPE_SECRET_KEY"),
		StripeWHSecret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		XenditSecretKey: os.Getenv("XENDIT_SECRET_KEY"),
		XenditCBToken:   os.Getenv("XENDIT_CALLBACK_TOKEN"),
		SMTPAddr:        env("SMTP_ADDR", "127.0.0.1:25"),
		SMTPFrom:        env("SMTP_FROM", "orders@kbeauty.example"),
		ConfirmTimeout:  dur("CONFIRM_TIMEOUT", 10*time.Second),
		PayoutBatch:     num("PAYOUT_BATCH", 50),
	}
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

func num(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return n
	}
	return def
}
