// Command dryrun serves the open callback route on a journal that only
// logs: nothing acts on the payment.
package main

import (
	"github.com/gin-gonic/gin"

	"m19open/delivery"
	"m19open/journal"
)

func main() {
	r := gin.New()
	delivery.Mount(r, journal.Journal{})
	_ = r.Run(":8081")
}
