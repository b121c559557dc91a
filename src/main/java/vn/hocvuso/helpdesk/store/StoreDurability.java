package vn.hocvuso.helpdesk.store;

import reactor.core.publisher.Mono;

/**
 * Makes recent writes durable before the app promises something to the outside (such as
 * acknowledging a webhook). The embedded H2 store commits its file on a timer, so this
 * commits it now; a real MongoDB is written with a journaled majority write concern where
 * it matters, so there is nothing more to do.
 */
@FunctionalInterface
public interface StoreDurability {

	Mono<Void> flush();

}
