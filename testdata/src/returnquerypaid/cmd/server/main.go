// Command server wires the stream's tip pages.
package main

import (
	"github.com/cloudwego/hertz/pkg/app/server"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"

	"returnquerypaid/live"
	"returnquerypaid/store"
)

type overlay struct{}

func (overlay) Show(string, *store.Tip) {}

func main() {
	var db *mongo.Database
	var sql *gorm.DB
	pages := live.NewPages(store.NewTips(db), store.NewLabelOrders(sql), store.NewPaymentEvents(db), overlay{})
	h := server.Default()
	h.GET("/tips/return", pages.Return)
	h.GET("/merch/return", pages.MerchReturn)
	h.GET("/tips/thanks", pages.Thanks)
	h.Spin()
}
