// Command holdd serves the box office's pages on a store that only parks
// orders as pending: nothing paid is stored (silent).
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
	holds := &pgstore.Holds{}
	_ = db
	pages := tickets.NewPages(holds, tickets.NewSeason(holds), &pgstore.Accounts{})
	g := gin.New()
	web.Register(g, pages)
	_ = g.Run(":8080")
}
