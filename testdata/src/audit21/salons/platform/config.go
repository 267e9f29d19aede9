// Package platform holds the small pieces every service of the chain shares:
// configuration, logging, and the retry and wait helpers.
package platform

import (
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is read once at start-up from the environment (see deploy/salons.env).
type Config struct {
	Env         string
	HTTPAddr    string
	DeskAddr    string
	PublicURL   string
	PostgresDSN string
	RedisAddr   string

	// Brazil: own PIX PSP (mTLS at the edge, HMAC on the callback body).
	PixBaseURL        string
	PixClientID       string
	PixClientSecret   string
	PixKey            string
	PixCallbackSecret string

	// Mercado Pago (Brazil and Argentina).
	MPAccessToken   string
	MPWebhookSecret string

	// Mexico: Stripe for cards, the OXXO aggregator for cash vouchers.
	StripeKey           string
	StripeWebhookSecret string
	OxxoBaseURL         string
	OxxoAPIKey          string

	// Weekly commission payouts to stylists.
	PayoutsBaseURL string
	PayoutsAPIKey  string
	PayoutsHookKey string

	FiscalBaseURL string
	FiscalToken   string

	PayoutDay      time.Weekday
	NoShowGrace    time.Duration
	DepositPercent int
}

// Load reads the configuration. Missing values fall back to development
// defaults so that `make dev` works without a full env file.
func Load() Config {
	return Config{
		Env:                 env("APP_ENV", "local"),
		HTTPAddr:            env("HTTP_ADDR", ":8080"),
		DeskAddr:            env("DESK_ADDR", ":8081"),
		PublicURL:           env("PUBLIC_URL", "http://localhost:8080"),
		PostgresDSN:         env("DATABASE_URL", "postgres://salons:salons@localhost:5432/salons?sslmode=disable"),
		RedisAddr:           env("REDIS_ADDR", "localhost:6379"),
		PixBaseURL:          env("PIX_BASE_URL", "https://pix-h.example-psp.com.br"),
		PixClientID:         os.Getenv("PIX_CLIENT_ID"),
		PixClientSecret:     os.Getenv("PIX_CLIENT_SECRET"),
		PixKey:              os.Getenv("PIX_KEY"),
		PixCallbackSecret:   os.Getenv("PIX_CALLBACK_SECRET"),
		MPAccessToken:       os.Getenv("MP_ACCESS_TOKEN"),
		MPWebhookSecret:     os.Getenv("MP_WEBHOOK_SECRET"),
		StripeKey:           os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		OxxoBaseURL:         env("OXXO_BASE_URL", "https://sandbox.efectivo-mx.example/api"),
		OxxoAPIKey:          os.Getenv("OXXO_API_KEY"),
		PayoutsBaseURL:      env("PAYOUTS_BASE_URL", "https://api.sandbox.dispersa.example"),
		PayoutsAPIKey:       os.Getenv("PAYOUTS_API_KEY"),
		PayoutsHookKey:      os.Getenv("PAYOUTS_HOOK_KEY"),
		FiscalBaseURL:       env("FISCAL_BASE_URL", "https://homologacao.nfe.example"),
		FiscalToken:         os.Getenv("FISCAL_TOKEN"),
		PayoutDay:           time.Weekday(envInt("PAYOUT_WEEKDAY", int(time.Tuesday))),
		NoShowGrace:         envDuration("NOSHOW_GRACE", 20*time.Minute),
		DepositPercent:      envInt("DEPOSIT_PERCENT", 30),
	}
}

// Dev reports whether we run on a laptop.
func (c Config) Dev() bool { return c.Env == "local" || c.Env == "dev" }

func env(k, def string) string {
	if v := strings.TrimSpace(os.Getenv(k)); v != "" {
		return v
	}
	return def
}

func envInt(k string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return n
	}
	return def
}

func envDuration(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil {
		return d
	}
	return def
}

// NewLogger returns the JSON logger used by every binary.
func NewLogger(c Config) *slog.Logger {
	level := slog.LevelInfo
	if c.Dev() {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level})).With("env", c.Env)
}
