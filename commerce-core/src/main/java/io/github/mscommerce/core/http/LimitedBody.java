package io.github.mscommerce.core.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer as UTF-8 text, but never more than a limit: a declared {@code Content-Length} over it is refused
 * before a byte of the body is read, and a body that grows past it is cut off there, the connection abandoned. The JDK's
 * {@code ofString()} would read whatever comes into memory, and a proxy's download page or an endless stream would take
 * the heap of a Jenkins controller with it.
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<String> {

  /** The answer was larger than the limit; {@link HttpTransport} says so in words. */
  public static final class TooLargeException extends IOException {
    private final long limit;

    TooLargeException(long limit) {
      super("the answer is larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  private final long limit;
  private final CompletableFuture<String> result = new CompletableFuture<>();
  private final List<ByteBuffer> received = new ArrayList<>();
  private long size;
  private Flow.Subscription subscription;

  private LimitedBody(long limit) {
    this.limit = limit;
  }

  public static HttpResponse.BodyHandler<String> handler(long limit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
      if (declared > limit) {
        return failing(limit);
      }
      return new LimitedBody(limit);
    };
  }

  /** A subscriber that refuses the body at once. */
  private static HttpResponse.BodySubscriber<String> failing(long limit) {
    LimitedBody refusing = new LimitedBody(limit);
    refusing.size = limit + 1;
    return refusing;
  }

  @Override
  public CompletionStage<String> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (size > limit) {
      subscription.cancel();
      result.completeExceptionally(new TooLargeException(limit));
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      size += buffer.remaining();
      received.add(buffer);
    }
    if (size > limit) {
      received.clear();
      subscription.cancel();
      result.completeExceptionally(new TooLargeException(limit));
    }
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    if (result.isDone()) {
      return;
    }
    byte[] bytes = new byte[(int) size];
    int offset = 0;
    for (ByteBuffer buffer : received) {
      int length = buffer.remaining();
      buffer.get(bytes, offset, length);
      offset += length;
    }
    result.complete(new String(bytes, StandardCharsets.UTF_8));
  }
}
