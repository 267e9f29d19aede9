package logistics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit13/foodhub/domain"
)

// POS talks to the restaurants' point-of-sale integrations.
type POS struct {
	rc *resty.Client
}

// NewPOS returns a POS client; menu syncs are retried by resty.
func NewPOS(baseURL, token string) *POS {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(token).
		SetRetryCount(3).
		SetRetryWaitTime(200 * time.Millisecond).
		AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.IsError() })
	return &POS{rc: rc}
}

// MenuItem is one dish on a restaurant's menu.
type MenuItem struct {
	SKU        string `json:"sku" bson:"sku"`
	Name       string `json:"name" bson:"name"`
	PriceMinor int64  `json:"price_minor" bson:"price_minor"`
	Available  bool   `json:"available" bson:"available"`
}

// SyncMenu pulls the restaurant's current menu from its POS and stores it.
func (p *POS) SyncMenu(ctx context.Context, menus *mongo.Collection, restaurantID string) error {
	var items []MenuItem
	resp, err := p.rc.R().SetContext(ctx).SetResult(&items).Get("/restaurants/" + restaurantID + "/menu")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("pos menu %s: %s", restaurantID, resp.Status())
	}
	_, err = menus.UpdateOne(ctx, bson.M{"_id": restaurantID}, bson.M{"$set": bson.M{"items": items, "synced_at": time.Now()}})
	return err
}

// PushOrder sends a paid order to the restaurant's kitchen printer.
func (p *POS) PushOrder(ctx context.Context, o *domain.Order) error {
	resp, err := p.rc.R().SetContext(ctx).
		SetBody(map[string]any{"order_id": o.ID, "amount_minor": o.AmountMinor}).
		Post("/restaurants/" + o.RestaurantID + "/orders")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("pos push %s: %s", o.ID, resp.Status())
	}
	return nil
}

// Ping is a courier GPS position.
type Ping struct {
	CourierID string    `bson:"courier_id"`
	Lat       float64   `bson:"lat"`
	Lng       float64   `bson:"lng"`
	At        time.Time `bson:"at"`
}

// RecordPing stores a courier position, retrying a busy replica set.
func RecordPing(ctx context.Context, pings *mongo.Collection, p Ping) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = pings.InsertOne(ctx, p); err == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return err
}

// ETA is the routing service's estimate for an order.
type ETA struct {
	Minutes   int  `json:"minutes"`
	Delivered bool `json:"delivered"`
}

// FollowETA streams ETA updates for an order to fn until it is delivered.
func FollowETA(ctx context.Context, routing string, orderID string, fn func(ETA)) error {
	for {
		resp, err := http.Get(routing + "/v1/orders/" + orderID + "/eta")
		if err == nil {
			var eta ETA
			_ = json.NewDecoder(resp.Body).Decode(&eta)
			resp.Body.Close()
			fn(eta)
			if eta.Delivered {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
