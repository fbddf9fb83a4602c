// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as outputs from "../types/output";

declare var exports: any;
const __config = new pulumi.Config("genesyscloud");

/**
 * Terraform `access_token`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_ACCESS_TOKEN` environment variable.
 */
export declare const accessToken: string | undefined;
Object.defineProperty(exports, "accessToken", {
    get() {
        return __config.get("accessToken");
    },
    enumerable: true,
});

/**
 * Terraform `aws_region`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_REGION` environment variable.
 */
export declare const awsRegion: string | undefined;
Object.defineProperty(exports, "awsRegion", {
    get() {
        return __config.get("awsRegion");
    },
    enumerable: true,
});

/**
 * Terraform `custom_retry_timeout`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_CUSTOM_RETRY_TIMEOUT` environment variable.
 */
export declare const customRetryTimeout: string | undefined;
Object.defineProperty(exports, "customRetryTimeout", {
    get() {
        return __config.get("customRetryTimeout");
    },
    enumerable: true,
});

/**
 * Terraform `gateway`. Optional.
 */
export declare const gateways: outputs.config.Gateway[] | undefined;
Object.defineProperty(exports, "gateways", {
    get() {
        return __config.getObject<outputs.config.Gateway[]>("gateways");
    },
    enumerable: true,
});

/**
 * Terraform `log_stack_traces`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_LOG_STACK_TRACES` environment variable.
 */
export declare const logStackTraces: boolean | undefined;
Object.defineProperty(exports, "logStackTraces", {
    get() {
        return __config.getObject<boolean>("logStackTraces");
    },
    enumerable: true,
});

/**
 * Terraform `log_stack_traces_file_path`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_LOG_STACK_TRACES_FILE_PATH` environment variable.
 */
export declare const logStackTracesFilePath: string | undefined;
Object.defineProperty(exports, "logStackTracesFilePath", {
    get() {
        return __config.get("logStackTracesFilePath");
    },
    enumerable: true,
});

/**
 * Terraform `max_concurrent_pages`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_MAX_CONCURRENT_PAGES` environment variable.
 */
export declare const maxConcurrentPages: number | undefined;
Object.defineProperty(exports, "maxConcurrentPages", {
    get() {
        return __config.getObject<number>("maxConcurrentPages");
    },
    enumerable: true,
});

/**
 * Terraform `oauthclient_id`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_OAUTHCLIENT_ID` environment variable.
 */
export declare const oauthclientId: string | undefined;
Object.defineProperty(exports, "oauthclientId", {
    get() {
        return __config.get("oauthclientId");
    },
    enumerable: true,
});

/**
 * Terraform `oauthclient_secret`. Optional. Sensitive: stored as a secret. The Terraform provider falls back to the `GENESYSCLOUD_OAUTHCLIENT_SECRET` environment variable.
 */
export declare const oauthclientSecret: string | undefined;
Object.defineProperty(exports, "oauthclientSecret", {
    get() {
        return __config.get("oauthclientSecret");
    },
    enumerable: true,
});

/**
 * Terraform `proxy`. Optional.
 */
export declare const proxy: outputs.config.Proxy | undefined;
Object.defineProperty(exports, "proxy", {
    get() {
        return __config.getObject<outputs.config.Proxy>("proxy");
    },
    enumerable: true,
});

/**
 * Terraform `sdk_client_pool_debug`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_SDK_CLIENT_POOL_DEBUG` environment variable.
 */
export declare const sdkClientPoolDebug: boolean | undefined;
Object.defineProperty(exports, "sdkClientPoolDebug", {
    get() {
        return __config.getObject<boolean>("sdkClientPoolDebug");
    },
    enumerable: true,
});

/**
 * Terraform `sdk_debug`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_SDK_DEBUG` environment variable.
 */
export declare const sdkDebug: boolean | undefined;
Object.defineProperty(exports, "sdkDebug", {
    get() {
        return __config.getObject<boolean>("sdkDebug");
    },
    enumerable: true,
});

/**
 * Terraform `sdk_debug_file_path`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_SDK_DEBUG_FILE_PATH` environment variable.
 */
export declare const sdkDebugFilePath: string | undefined;
Object.defineProperty(exports, "sdkDebugFilePath", {
    get() {
        return __config.get("sdkDebugFilePath");
    },
    enumerable: true,
});

/**
 * Terraform `sdk_debug_format`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_SDK_DEBUG_FORMAT` environment variable.
 */
export declare const sdkDebugFormat: string | undefined;
Object.defineProperty(exports, "sdkDebugFormat", {
    get() {
        return __config.get("sdkDebugFormat");
    },
    enumerable: true,
});

/**
 * Terraform `token_acquire_timeout`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_TOKEN_ACQUIRE_TIMEOUT` environment variable.
 */
export declare const tokenAcquireTimeout: string | undefined;
Object.defineProperty(exports, "tokenAcquireTimeout", {
    get() {
        return __config.get("tokenAcquireTimeout");
    },
    enumerable: true,
});

/**
 * Terraform `token_init_timeout`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_TOKEN_INIT_TIMEOUT` environment variable.
 */
export declare const tokenInitTimeout: string | undefined;
Object.defineProperty(exports, "tokenInitTimeout", {
    get() {
        return __config.get("tokenInitTimeout");
    },
    enumerable: true,
});

/**
 * Terraform `token_pool_size`. Optional. The Terraform provider falls back to the `GENESYSCLOUD_TOKEN_POOL_SIZE` environment variable.
 */
export declare const tokenPoolSize: number | undefined;
Object.defineProperty(exports, "tokenPoolSize", {
    get() {
        return __config.getObject<number>("tokenPoolSize");
    },
    enumerable: true,
});
