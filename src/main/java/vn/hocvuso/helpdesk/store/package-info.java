/**
 * The storage adapter: one MongoDB database reached through the official reactive-streams
 * driver. With no connection string it starts an embedded MongoDB-wire-protocol server
 * (H2 file under the data directory, or memory for tests) on a loopback port, so the rest
 * of the app never knows which store it talks to. Features own their collections; this
 * package only connects.
 */
@NullMarked
package vn.hocvuso.helpdesk.store;

import org.jspecify.annotations.NullMarked;
