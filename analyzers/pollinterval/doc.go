// Package pollinterval defines the pollinterval analyzer.
package pollinterval

const doc = `pollinterval: placeholder`
