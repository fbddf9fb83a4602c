// A Lambda handler of the "Standard workflow, one execution and two Lambdas per event" design, as a
// widely copied EventBridge + Step Functions tutorial writes its GenesysEventProcessor Lambda. What the startup benchmark (tools/bench/lambdaStartup.bench.ts)
// compares against is its shape: the whole `aws-sdk` v2 required at module top  and
// the DynamoDB DocumentClient constructed at load , so every cold start loads every
// v2 service class. The body is kept as written, defects included (its put has no
// ConditionExpression, so the ConditionalCheckFailedException branch it relies on for
// idempotency can never run); it is a baseline to measure, not code to deploy. The nodejs22.x
// runtime ships SDK v3 only, so this handler would have to ship aws-sdk v2 itself.

// index.js - GenesysEventProcessor Lambda

const AWS = require("aws-sdk");
const dynamoDB = new AWS.DynamoDB.DocumentClient();

exports.handler = async (event) => {
  // event contains the payload from the Map state or direct invocation
  // Genesys Cloud events via EventBridge follow a standard structure

  console.log("Received Event:", JSON.stringify(event, null, 2));

  try {
    // 1. Extract Interaction ID
    const interactionId = event.interactionId;

    if (!interactionId) {
      throw new Error("Missing interactionId in event payload");
    }

    // 2. Idempotency Check: Prevent duplicate processing
    // Use DynamoDB with conditional writes to ensure unique processing
    const params = {
      TableName: "GenesysProcessedEvents",
      Item: {
        interactionId: interactionId,
        timestamp: new Date().toISOString(),
        status: "processed",
      },
    };

    try {
      await dynamoDB.put(params).promise();
    } catch (err) {
      if (err.code === "ConditionalCheckFailedException") {
        console.log(`Event ${interactionId} already processed. Skipping.`);
        return { statusCode: 200, body: "Already Processed" };
      }
      throw err;
    }

    // 3. Business Logic: e.g., Push to Data Warehouse, Update CRM
    // Simulate async operation
    await processInteraction(interactionId, event);

    return {
      statusCode: 200,
      body: `Successfully processed interaction ${interactionId}`,
    };
  } catch (error) {
    console.error("Processing failed:", error);
    // Rethrow to trigger Step Functions retry mechanism
    throw error;
  }
};

async function processInteraction(interactionId, event) {
  // Placeholder for actual business logic
  // Example: Insert into Redshift via S3 bulk load, or update Salesforce
  console.log(`Processing details for ${interactionId}:`, event.details);
  return true;
}
