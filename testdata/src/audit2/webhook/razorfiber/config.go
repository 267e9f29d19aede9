package razorfiber

import (
	"os"

	"go.mongodb.org/mongo-driver/mongo"
)

type Config struct {
	WebhookSecret string
	MongoDB       string
}

func LoadConfig() Config {
	return Config{WebhookSecret: os.Getenv("RAZORPAY_WEBHOOK_SECRET"), MongoDB: "shop"}
}

type Deps struct {
	Cfg    Config
	Orders *mongo.Collection
	Users  *mongo.Collection
	Events *mongo.Collection
}
