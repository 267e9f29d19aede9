package main

import (
	"testing"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"rfapages/pgstore"
	"rfapages/tickets"
	"rfapages/web"
)

// A test's wiring serves no buyer (silent).
func TestPages(t *testing.T) {
	db, _ := gorm.Open(nil)
	orders := pgstore.NewOrders(db)
	web.Register(gin.New(), tickets.NewPages(orders, tickets.NewSeason(orders), &pgstore.Accounts{}))
}
