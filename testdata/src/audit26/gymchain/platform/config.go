package platform

import (
	"os"
	"strconv"
	"time"
)

type Config struct {
	HTTPAddr   string
	TabletAddr string
	PortalAddr string

	DatabaseURL string
	MongoURI    string
	RedisAddr   string

	PagarmeSecretKey   string
	PagarmeWebhookUser string
	PagarmeWebhookPass string
	PagarmePostbackKey string

	DLocalBaseURL  string
	DLocalLogin    string
	DLocalTransKey string
	DLocalSecret   string

	MercadoPagoToken         string
	MercadoPagoWebhookSecret string

	StripeKey           string
	StripeWebhookSecret string

	PublicBaseURL string
	SMTPAddr      string
	MailFrom      string

	RenewalEvery time.Duration
}

func FromEnv() Config {
	return Config{
		HTTPAddr:                 env("HTTP_ADDR", ":8080"),
		TabletAddr:               env("TABLET_ADDR", ":8081"),
		PortalAddr:               env("PORTAL_ADDR", ":8082"),
		DatabaseURL:              env("DATABASE_URL", "postgres://localhost/gymchain"),
		MongoURI:                 env("MONGO_URI", "mongodb://localhost:27017"),
		RedisAddr:                env("REDIS_ADDR", "localhost:6379"),
		PagarmeSecretKey:         os.Getenv("PAGARME_SECRET_KEY"),
		PagarmeWebhookUser:       os.Getenv("PAGARME_WEBHOOK_USER"),
		PagarmeWebhookPass:       os.Getenv("PAGARME_WEBHOOK_PASS"),
		PagarmePostbackKey:       os.Getenv("PAGARME_POSTBACK_KEY"),
		DLocalBaseURL:            env("DLOCAL_BASE_URL", "https://api.dlocal.com"),
		DLocalLogin:              os.Getenv("DLOCAL_X_LOGIN"),
		DLocalTransKey:           os.Getenv("DLOCAL_X_TRANS_KEY"),
		DLocalSecret:             os.Getenv("DLOCAL_SECRET"),
		MercadoPagoToken:         os.Getenv("MP_ACCESS_TOKEN"),
		MercadoPagoWebhookSecret: os.Getenv("MP_WEBHOOK_SECRET"),
		StripeKey:                os.Getenv("STRIPE_KEY"),
		StripeWebhookSecret:      os.Getenv("STRIPE_WEBHOOK_SECRET"),
		PublicBaseURL:            env("PUBLIC_BASE_URL", "https://app.gymchain.example"),
		SMTPAddr:                 env("SMTP_ADDR", "localhost:25"),
		MailFrom:                 env("MAIL_FROM", "recibos@gymchain.example"),
		RenewalEvery:             time.Duration(envInt("RENEWAL_EVERY_MIN", 60)) * time.Minute,
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return def
}
