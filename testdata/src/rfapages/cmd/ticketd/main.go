// Command ticketd wires the box office.
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"rfapages/pgstore"
	"rfapages/tickets"
	"rfapages/web"
)

func main() {
	db, _ := gorm.Open(nil)
	orders := pgstore.NewOrders(db)
	season := tickets.NewSeason(orders)
	pages := tickets.NewPages(orders, season, &pgstore.Accounts{}) // want `success-redirect handler tickets.Pages.Landing \(/tickets/payment/return\), which calls tickets.OrderBook.SetPaid \(pages.go:52\) without reading the payment's status from the provider; bound here, tickets.OrderBook.SetPaid is pgstore.Orders.SetPaid: paid state stored` `success-redirect handler tickets.Pages.PaymentSuccess, which calls tickets.SeasonBook.Close \(pages.go:63\) without reading the payment's status from the provider; bound here, tickets.SeasonBook.Close is pgstore.Orders.Close: paid state stored`
	g := gin.New()
	web.Register(g, pages)
	_ = g.Run(":8080")
}
