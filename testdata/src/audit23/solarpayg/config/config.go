// Package config loads the service configuration from the environment.
package config

import (
	"os"
	"strconv"
	"time"
)

// Config is everything solarpaygd needs to start.
type Config struct {
	HTTPAddr     string
	AdminAddr    string
	CallbackAddr string
	PublicURL    string

	PostgresDSN string
	MongoURI    string
	RedisAddr   string
	AMQPURL     string

	Daraja struct {
		BaseURL        string
		ConsumerKey    string
		ConsumerSecret string
		ShortCode      string
		Passkey        string
		B2CInitiator   string
		B2CCredential  string
		CallbackToken  string
	}

	MoMo struct {
		BaseURL         string
		SubscriptionKey string
		APIUser         string
		APIKey          string
		TargetEnv       string
	}

	Flutterwave struct {
		BaseURL   string
		SecretKey string
		VerifHash string
		// LegacyHash is the secret hash of the old dashboard account whose
		// payment links still post to /flw/callback.
		LegacyHash string
	}

	Paystack struct {
		BaseURL   string
		SecretKey string
	}

	SMSGatewayURL string
	SMSAPIKey     string

	CommissionRate float64
	ReminderGrace  time.Duration
}

// Load reads the configuration from the environment, with defaults for local runs.
func Load() Config {
	var c Config
	c.HTTPAddr = env("HTTP_ADDR", ":8080")
	c.AdminAddr = env("ADMIN_ADDR", ":8081")
	c.CallbackAddr = env("CALLBACK_ADDR", ":8082")
	c.PublicURL = env("PUBLIC_URL", "https://pay.solarpayg.example")
	c.PostgresDSN = env("DATABASE_URL", "postgres://localhost/solarpayg?sslmode=disable")
	c.MongoURI = env("MONGO_URI", "mongodb://localhost:27017")
	c.RedisAddr = env("REDIS_ADDR", "localhost:6379")
	c.AMQPURL = env("AMQP_URL", "amqp://guest:guest@localhost:5672/")

	c.Daraja.BaseURL = env("DARAJA_BASE_URL", "https://sandbox.safaricom.co.ke")
	c.Daraja.ConsumerKey = os.Getenv("DARAJA_CONSUMER_KEY")
	c.Daraja.ConsumerSecret = os.Getenv("DARAJA_CONSUMER_SECRET")
	c.Daraja.ShortCode = env("DARAJA_SHORTCODE", "174379")
	c.Daraja.Passkey = os.Getenv("DARAJA_PASSKEY")
	c.Daraja.B2CInitiator = os.Getenv("DARAJA_B2C_INITIATOR")
	c.Daraja.B2CCredential = os.Getenv("DARAJA_B2C_CREDENTIAL")
	c.Daraja.CallbackToken = os.Getenv("DARAJA_CALLBACK_TOKEN")

	c.MoMo.BaseURL = env("MOMO_BASE_URL", "https://sandbox.momodeveloper.mtn.com")
	c.MoMo.SubscriptionKey = os.Getenv("MOMO_SUBSCRIPTION_KEY")
	c.MoMo.APIUser = os.Getenv("MOMO_API_USER")
	c.MoMo.APIKey = os.Getenv("MOMO_API_KEY")
	c.MoMo.TargetEnv = env("MOMO_TARGET_ENV", "sandbox")

	c.Flutterwave.BaseURL = env("FLW_BASE_URL", "https://api.flutterwave.com/v3")
	c.Flutterwave.SecretKey = os.Getenv("FLW_SECRET_KEY")
	c.Flutterwave.VerifHash = os.Getenv("FLW_VERIF_HASH")
	c.Flutterwave.LegacyHash = os.Getenv("FLW_LEGACY_VERIF_HASH")

	c.Paystack.BaseURL = env("PAYSTACK_BASE_URL", "https://api.paystack.co")
	c.Paystack.SecretKey = os.Getenv("PAYSTACK_SECRET_KEY")

	c.SMSGatewayURL = env("SMS_GATEWAY_URL", "https://api.africastalking.com/version1/messaging")
	c.SMSAPIKey = os.Getenv("SMS_API_KEY")

	c.CommissionRate = envFloat("COMMISSION_RATE", 0.05)
	c.ReminderGrace = 72 * time.Hour
	return c
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envFloat(k string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(k), 64); err == nil {
		return v
	}
	return def
}
