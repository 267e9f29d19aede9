package main

import (
	"context"
	"errors"
	"log"
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"

	"audit17/printshop/orders"
	"audit17/printshop/payouts"
	"audit17/printshop/store"
)

type postgres string

func (postgres) Name() string { return "postgres" }

// gormLines reads order lines from the order_items table.
type gormLines struct{ db *gorm.DB }

func (g gormLines) Lines(ctx context.Context, orderID string) ([]store.LineItem, error) {
	var out []store.LineItem
	res := g.db.WithContext(ctx).Table("order_items").Where("order_id = ?", orderID).Find(&out)
	return out, res.Error
}

// creatorDir reads creators' connected accounts.
type creatorDir struct{ db *gorm.DB }

func (c creatorDir) Account(ctx context.Context, creatorID string) (string, int64, error) {
	var row struct {
		ConnectAccount string
		RoyaltyBps     int64
	}
	res := c.db.WithContext(ctx).Table("creators").Where("id = ?", creatorID).First(&row)
	return row.ConnectAccount, row.RoyaltyBps, res.Error
}

// printQueue hands paid orders to a background printer goroutine.
type printQueue struct {
	ch chan string
}

func newPrintQueue(svc *orders.Service, workers int) *printQueue {
	q := &printQueue{ch: make(chan string, 1024)}
	for i := 0; i < workers; i++ {
		go func() {
			for id := range q.ch {
				if err := svc.PrintPaid(context.Background(), id); err != nil {
					log.Printf("print %s: %v", id, err)
				}
			}
		}()
	}
	return q
}

func (q *printQueue) Enqueue(ctx context.Context, orderID string) error {
	select {
	case q.ch <- orderID:
		return nil
	default:
		return errors.New("print queue full")
	}
}

// misprints is the support team's refund queue in mongo.
type misprints struct{ coll *mongo.Collection }

func (m misprints) Approved(ctx context.Context) ([]payouts.Misprint, error) {
	var doc struct {
		Items []payouts.Misprint `bson:"items"`
	}
	err := m.coll.FindOne(ctx, bson.M{"_id": "approved"}).Decode(&doc)
	return doc.Items, err
}

func (m misprints) Done(ctx context.Context, orderID, refundID string) error {
	_, err := m.coll.UpdateOne(ctx, bson.M{"_id": "approved"},
		bson.M{"$pull": bson.M{"items": bson.M{"orderid": orderID}}, "$push": bson.M{"done": bson.M{"order": orderID, "refund": refundID}}})
	return err
}

func staffOnly(token string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+token {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
