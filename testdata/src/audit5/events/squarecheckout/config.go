// Package squarecheckout charges ticket orders on the buyer's card through
// Square, and refunds a whole order when an event is cancelled.
package squarecheckout

import (
	"log"
	"os"

	"github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
)

// Config is read from the environment at boot.
type Config struct {
	AccessToken string
	LocationID  string
	Currency    string
}

func ConfigFromEnv() Config {
	return Config{
		AccessToken: os.Getenv("SQUARE_ACCESS_TOKEN"),
		LocationID:  os.Getenv("SQUARE_LOCATION_ID"),
		Currency:    "USD",
	}
}

// TicketOrder is the basket a buyer checks out: seats held for 10 minutes.
type TicketOrder struct {
	ID            string
	SquareOrderID string
	CardNonce     string
	TotalCents    int64
	BuyerEmail    string
}

// Charger wraps the Square client with our logging and currency.
type Charger struct {
	sq  *client.Client
	cfg Config
	log *log.Logger
}

func NewCharger(cfg Config) *Charger {
	return &Charger{
		sq:  client.NewClient(option.WithToken(cfg.AccessToken)),
		cfg: cfg,
		log: log.New(os.Stderr, "square ", log.LstdFlags),
	}
}
