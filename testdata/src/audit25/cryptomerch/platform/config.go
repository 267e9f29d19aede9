// Package platform holds the small pieces every service of the shop shares:
// configuration, retries, polling, request signing.
package platform

import (
	"os"
	"strconv"
	"time"
)

// Config is read once at start-up from the environment.
type Config struct {
	HTTPAddr      string
	HooksAddr     string
	PostgresDSN   string
	MongoURI      string
	MongoDB       string
	StripeKey     string
	StripeWHSec   string
	StripeRefWHS  string
	CommerceKey   string
	CommerceWHSec string
	CustodySecret string
	EthRPC        string
	TreasuryAddr  string
	USDCContract  string
	ChainID       int64
	Confirmations uint64
	LndAddr       string
	RailURL       string
	RailToken     string
	MintURL       string
	PublicURL     string
	DepositWait   time.Duration
}

// Load reads the configuration.
func Load() Config {
	return Config{
		HTTPAddr:      env("HTTP_ADDR", ":8080"),
		HooksAddr:     env("HOOKS_ADDR", ":8081"),
		PostgresDSN:   os.Getenv("DATABASE_URL"),
		MongoURI:      env("MONGO_URI", "mongodb://localhost:27017"),
		MongoDB:       env("MONGO_DB", "cryptomerch"),
		StripeKey:     os.Getenv("STRIPE_SECRET_KEY"),
		StripeWHSec:   os.Getenv("STRIPE_WEBHOOK_SECRET"),
		StripeRefWHS:  os.Getenv("STRIPE_REFUNDS_WEBHOOK_SECRET"),
		CommerceKey:   os.Getenv("CC_API_KEY"),
		CommerceWHSec: os.Getenv("CC_WEBHOOK_SECRET"),
		CustodySecret: os.Getenv("CUSTODY_SHARED_SECRET"),
		EthRPC:        env("ETH_RPC", "http://localhost:8545"),
		TreasuryAddr:  os.Getenv("TREASURY_ADDRESS"),
		USDCContract:  env("USDC_CONTRACT", "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"),
		ChainID:       int64(envInt("CHAIN_ID", 1)),
		Confirmations: uint64(envInt("CONFIRMATIONS", 12)),
		LndAddr:       env("LND_ADDR", "localhost:10009"),
		RailURL:       env("RAIL_URL", "https://api.payrail.example"),
		RailToken:     os.Getenv("RAIL_TOKEN"),
		MintURL:       env("MINT_URL", "http://minter.internal:7000"),
		PublicURL:     env("PUBLIC_URL", "https://shop.example"),
		DepositWait:   time.Duration(envInt("DEPOSIT_WAIT_MIN", 15)) * time.Minute,
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
