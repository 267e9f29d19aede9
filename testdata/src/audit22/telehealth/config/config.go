// Package config loads the telehealth backend's settings from the
// environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// SettlementCheckEvery is how often the PayPal settlement watcher looks
// at a sale while the patient waits on the confirmation screen.
const SettlementCheckEvery = 750 * time.Millisecond

// Config holds every setting the daemon needs.
type Config struct {
	Env      string
	HTTPAddr string

	MySQLDSN    string
	PostgresDSN string
	RedisAddr   string

	StripeKey            string
	StripeWebhookSecret  string
	StripeConnectSecret  string
	CheckoutSecretKey    string
	CheckoutRegion       string
	BraintreeMerchantID  string
	BraintreePublicKey   string
	BraintreePrivateKey  string
	PaddleAPIKey         string
	PaddleWebhookSecret  string
	PartnerWebhookSecret string
	ACHBaseURL           string
	ACHKey               string
	ACHSecret            string
	ACHWebhookSecret     string
	EthRPCURL            string
	USDCContract         string
	TreasuryAddress      string

	PublicURL     string
	PayoutWeekday time.Weekday
	Confirmations uint64
}

// Load reads the environment. Missing values fall back to development
// defaults so that `make run` works on a laptop.
func Load() *Config {
	return &Config{
		Env:                  env("APP_ENV", "dev"),
		HTTPAddr:             env("HTTP_ADDR", ":8080"),
		MySQLDSN:             env("MYSQL_DSN", "tele:tele@tcp(127.0.0.1:3306)/ledger?parseTime=true"),
		PostgresDSN:          env("DATABASE_URL", "postgres://tele@localhost/tele?sslmode=disable"),
		RedisAddr:            env("REDIS_ADDR", "127.0.0.1:6379"),
		StripeKey:            os.Getenv("STRIPE_SECRET_KEY"),
		StripeWebhookSecret:  os.Getenv("STRIPE_WEBHOOK_SECRET"),
		StripeConnectSecret:  os.Getenv("STRIPE_CONNECT_WEBHOOK_SECRET"),
		CheckoutSecretKey:    os.Getenv("CKO_SECRET_KEY"),
		CheckoutRegion:       env("CKO_REGION", "uk"),
		BraintreeMerchantID:  os.Getenv("BT_MERCHANT_ID"),
		BraintreePublicKey:   os.Getenv("BT_PUBLIC_KEY"),
		BraintreePrivateKey:  os.Getenv("BT_PRIVATE_KEY"),
		PaddleAPIKey:         os.Getenv("PADDLE_API_KEY"),
		PaddleWebhookSecret:  os.Getenv("PADDLE_WEBHOOK_SECRET"),
		PartnerWebhookSecret: os.Getenv("CAREPARTNER_WEBHOOK_SECRET"),
		ACHBaseURL:           env("ACH_BASE_URL", "https://api-sandbox.achrail.com"),
		ACHKey:               os.Getenv("ACH_KEY"),
		ACHSecret:            os.Getenv("ACH_SECRET"),
		ACHWebhookSecret:     os.Getenv("ACH_WEBHOOK_SECRET"),
		EthRPCURL:            env("ETH_RPC_URL", "https://mainnet.base.org"),
		USDCContract:         env("USDC_CONTRACT", "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"),
		TreasuryAddress:      os.Getenv("TREASURY_ADDRESS"),
		PublicURL:            env("PUBLIC_URL", "http://localhost:8080"),
		PayoutWeekday:        time.Weekday(envInt("PAYOUT_WEEKDAY", int(time.Friday))),
		Confirmations:        uint64(envInt("USDC_CONFIRMATIONS", 12)),
	}
}

// Production reports whether the daemon runs against live providers.
func (c *Config) Production() bool { return c.Env == "prod" }

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envInt(k string, def int) int {
	v, err := strconv.Atoi(os.Getenv(k))
	if err != nil {
		return def
	}
	return v
}
